/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One animal's allocation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.AllocationEntry#getAnimal <em>Animal</em>}</li>
 *   <li>{@link org.vivarium.model.AllocationEntry#getArm <em>Arm</em>}</li>
 *   <li>{@link org.vivarium.model.AllocationEntry#getStratum <em>Stratum</em>}</li>
 *   <li>{@link org.vivarium.model.AllocationEntry#getBlock <em>Block</em>}</li>
 *   <li>{@link org.vivarium.model.AllocationEntry#getBlindCode <em>Blind Code</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getAllocationEntry()
 * @model
 * @generated
 */
public interface AllocationEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Animal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The animal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Animal</em>' reference.
	 * @see #setAnimal(Animal)
	 * @see org.vivarium.model.VivariumPackage#getAllocationEntry_Animal()
	 * @model
	 * @generated
	 */
	Animal getAnimal();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AllocationEntry#getAnimal <em>Animal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Animal</em>' reference.
	 * @see #getAnimal()
	 * @generated
	 */
	void setAnimal(Animal value);

	/**
	 * Returns the value of the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The arm it was allocated to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arm</em>' reference.
	 * @see #setArm(TreatmentArm)
	 * @see org.vivarium.model.VivariumPackage#getAllocationEntry_Arm()
	 * @model
	 * @generated
	 */
	TreatmentArm getArm();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AllocationEntry#getArm <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' reference.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(TreatmentArm value);

	/**
	 * Returns the value of the '<em><b>Stratum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its stratum, e.g. female / heavy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stratum</em>' attribute.
	 * @see #setStratum(String)
	 * @see org.vivarium.model.VivariumPackage#getAllocationEntry_Stratum()
	 * @model
	 * @generated
	 */
	String getStratum();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AllocationEntry#getStratum <em>Stratum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stratum</em>' attribute.
	 * @see #getStratum()
	 * @generated
	 */
	void setStratum(String value);

	/**
	 * Returns the value of the '<em><b>Block</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of its block within the stratum (1-based; 0 without blocks).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Block</em>' attribute.
	 * @see #setBlock(int)
	 * @see org.vivarium.model.VivariumPackage#getAllocationEntry_Block()
	 * @model
	 * @generated
	 */
	int getBlock();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AllocationEntry#getBlock <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' attribute.
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(int value);

	/**
	 * Returns the value of the '<em><b>Blind Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The blind code it was given with the allocation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blind Code</em>' attribute.
	 * @see #setBlindCode(String)
	 * @see org.vivarium.model.VivariumPackage#getAllocationEntry_BlindCode()
	 * @model
	 * @generated
	 */
	String getBlindCode();

	/**
	 * Sets the value of the '{@link org.vivarium.model.AllocationEntry#getBlindCode <em>Blind Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blind Code</em>' attribute.
	 * @see #getBlindCode()
	 * @generated
	 */
	void setBlindCode(String value);

} // AllocationEntry
