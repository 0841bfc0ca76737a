/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A home cage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.Cage#getLabel <em>Label</em>}</li>
 *   <li>{@link org.vivarium.model.Cage#getLocation <em>Location</em>}</li>
 *   <li>{@link org.vivarium.model.Cage#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.vivarium.model.Cage#getAnimals <em>Animals</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getCage()
 * @model
 * @generated
 */
public interface Cage extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cage card label, e.g. C-07.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.vivarium.model.VivariumPackage#getCage_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cage#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Room and rack position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.vivarium.model.VivariumPackage#getCage_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cage#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum number of animals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(int)
	 * @see org.vivarium.model.VivariumPackage#getCage_Capacity()
	 * @model default="5"
	 * @generated
	 */
	int getCapacity();

	/**
	 * Sets the value of the '{@link org.vivarium.model.Cage#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Animals</b></em>' reference list.
	 * The list contents are of type {@link org.vivarium.model.Animal}.
	 * It is bidirectional and its opposite is '{@link org.vivarium.model.Animal#getCage <em>Cage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Animals housed in this cage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Animals</em>' reference list.
	 * @see org.vivarium.model.VivariumPackage#getCage_Animals()
	 * @see org.vivarium.model.Animal#getCage
	 * @model opposite="cage"
	 * @generated
	 */
	EList<Animal> getAnimals();

} // Cage
